/**
 */
package org.fieldbook.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A span of a technician's time on a booking: travel, work or a break.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.TimeEntry#getStart <em>Start</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getEnd <em>End</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getType <em>Type</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getBookableResource <em>Bookable Resource</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.TimeEntry#getWorkOrder <em>Work Order</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='endNotBeforeStart durationNotNegative'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_timeentry' entitySet='msdyn_timeentries'"
 * @generated
 */
public interface TimeEntry extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_Start()
	 * @model dataType="org.fieldbook.model.Instant" required="true"
	 *        annotation="http://www.fieldbook.org/dataverse column='msdyn_start'"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Instant value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty while the span is still running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_End()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='msdyn_end'"
	 * @generated
	 */
	Instant getEnd();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_Duration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_duration'"
	 * @generated
	 */
	int getDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(int value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.TimeEntryType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.fieldbook.model.TimeEntryType
	 * @see #setType(TimeEntryType)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_Type()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_type'"
	 * @generated
	 */
	TimeEntryType getType();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.fieldbook.model.TimeEntryType
	 * @see #getType()
	 * @generated
	 */
	void setType(TimeEntryType value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_Description()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_description' maxLength='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Bookable Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bookable Resource</em>' reference.
	 * @see #setBookableResource(BookableResource)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_BookableResource()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_bookableresource_value' navigation='msdyn_bookableresource'"
	 * @generated
	 */
	BookableResource getBookableResource();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getBookableResource <em>Bookable Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bookable Resource</em>' reference.
	 * @see #getBookableResource()
	 * @generated
	 */
	void setBookableResource(BookableResource value);

	/**
	 * Returns the value of the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Booking</em>' reference.
	 * @see #setBooking(Booking)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_Booking()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_bookableresourcebooking_value' navigation='msdyn_bookableresourcebooking'"
	 * @generated
	 */
	Booking getBooking();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getBooking <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booking</em>' reference.
	 * @see #getBooking()
	 * @generated
	 */
	void setBooking(Booking value);

	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getTimeEntry_WorkOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_workorder_value' navigation='msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.TimeEntry#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

} // TimeEntry
