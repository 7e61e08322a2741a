/**
 */
package org.fieldbook.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Booking#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getWorkOrder <em>Work Order</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getBooking()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='bookableresourcebooking' entitySet='bookableresourcebookings'"
 * @generated
 */
public interface Booking extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_StartTime()
	 * @model dataType="org.fieldbook.model.Instant" required="true"
	 *        annotation="http://www.fieldbook.org/dataverse column='starttime'"
	 * @generated
	 */
	Instant getStartTime();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Instant value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_EndTime()
	 * @model dataType="org.fieldbook.model.Instant" required="true"
	 *        annotation="http://www.fieldbook.org/dataverse column='endtime'"
	 * @generated
	 */
	Instant getEndTime();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' reference.
	 * @see #setStatus(BookingStatus)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_Status()
	 * @model
	 * @generated
	 */
	BookingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getStatus <em>Status</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' reference.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BookingStatus value);

	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_WorkOrder()
	 * @model
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

} // Booking
