/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Booking Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.BookingStatus#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.BookingStatus#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fieldbook.model.BookingStatus#getFieldServiceStatus <em>Field Service Status</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getBookingStatus()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='bookingstatus' entitySet='bookingstatuses'"
 * @generated
 */
public interface BookingStatus extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBookingStatus_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name' maxLength='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.BookingStatus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.BookingState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.fieldbook.model.BookingState
	 * @see #setStatus(BookingState)
	 * @see org.fieldbook.model.FieldbookPackage#getBookingStatus_Status()
	 * @model annotation="http://www.fieldbook.org/dataverse column='status'"
	 * @generated
	 */
	BookingState getStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.BookingStatus#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.fieldbook.model.BookingState
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BookingState value);

	/**
	 * Returns the value of the '<em><b>Field Service Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.FieldServiceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Service Status</em>' attribute.
	 * @see org.fieldbook.model.FieldServiceStatus
	 * @see #setFieldServiceStatus(FieldServiceStatus)
	 * @see org.fieldbook.model.FieldbookPackage#getBookingStatus_FieldServiceStatus()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_fieldservicestatus'"
	 * @generated
	 */
	FieldServiceStatus getFieldServiceStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.BookingStatus#getFieldServiceStatus <em>Field Service Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Service Status</em>' attribute.
	 * @see org.fieldbook.model.FieldServiceStatus
	 * @see #getFieldServiceStatus()
	 * @generated
	 */
	void setFieldServiceStatus(FieldServiceStatus value);

} // BookingStatus
